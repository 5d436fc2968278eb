import { cite } from '../cite.js';

/**
 * Hearing a witness abroad (Art. 40): by video conference, or by the temporary transfer of a
 * person held in custody. The UNCC's own paragraphs were not read; the model clauses were
 * (UNTOC 18(10)-(12) and 18(18)), so only the model carries paragraph numbers.
 */
const untoc18 = (paragraph: string) => cite.model('40', `UNTOC 18(${paragraph})`);

export const TESTIMONY_RULES = [
  {
    id: 'witness.video.person-present',
    title: 'Heard by video from the State where the person is',
    citations: [untoc18('18')],
    effect: 'rejection',
    summary:
      'A hearing by video conference is asked of the State where the witness is, and of a person you can name.',
    teaching:
      'The model clause covers "an individual [who] is in the territory of a State Party and has to be heard as a witness or expert by the judicial authorities of another". Locate and identify the person first (police cooperation, Art. 47), then ask the State where they are. That State permits the hearing "wherever possible and consistent with fundamental principles of domestic law": where its law has no such procedure it may refuse, with reasons.',
  },
  {
    id: 'witness.video.why-not-in-person',
    title: 'Video hearing: why not in person',
    citations: [untoc18('18')],
    effect: 'violation',
    penalty: 1,
    summary:
      'A request for a hearing by video conference says why it is not possible or desirable for the person to appear in person.',
    teaching:
      'Video conference is the alternative to bringing the witness to your courtroom, used "if it is not possible or desirable for the individual in question to appear in person". Say why (the person will not travel, is detained, is vulnerable, the journey costs more than the testimony is worth). The States may agree that your judge conducts the hearing, attended by a judicial authority of the requested State, which keeps its own law applied.',
  },
  {
    id: 'witness.transfer.detained',
    title: 'Transfer is for a person in custody',
    citations: [untoc18('10')],
    effect: 'rejection',
    summary:
      'Temporary transfer to testify applies to a person who is detained or serving a sentence in the requested State.',
    teaching:
      'The model clause is for "a person who is being detained or is serving a sentence" whose presence is needed "for purposes of identification, testimony or otherwise providing assistance in obtaining evidence". A free person is not transferred: hear them by video conference, or invite them to come voluntarily (with safe conduct). A transfer is not an extradition: to try the person, ask for extradition (Art. 37).',
  },
  {
    id: 'witness.transfer.terms',
    title: 'Transfer: terms agreed beforehand',
    citations: [untoc18('10'), untoc18('11')],
    effect: 'violation',
    penalty: 1,
    summary:
      'A request for a temporary transfer states its purpose, how long the person stays and how they are kept in custody and returned.',
    teaching:
      'Both States must agree to the transfer, on such conditions as they deem appropriate, and the person is returned "as agreed beforehand". The request is where that agreement starts: say what the person is needed for, for how long, and how custody and return will be handled. Executing the request is the requested State\'s agreement; it may offer conditions first.',
  },
  {
    id: 'witness.transfer.consent',
    title: "Transfer only with the person's consent",
    citations: [untoc18('10')],
    effect: 'mechanic',
    summary:
      'A detained person is transferred only if they freely give their informed consent; without it no transfer takes place.',
    teaching:
      'Consent is the first condition of the model clause: "the person freely gives his or her informed consent". The requested State asks the person; the States cannot agree it away. Neither State sees the answer before the request is executed, so have a second route ready: a hearing by video conference, or questions put by the requested State\'s own authorities.',
  },
  {
    id: 'witness.transfer.custody-and-return',
    title: 'Kept in custody and returned without extradition',
    citations: [untoc18('11'), untoc18('12')],
    effect: 'mechanic',
    summary:
      'The receiving State keeps the transferred person in custody and returns them without delay, without extradition proceedings; the time counts toward the sentence.',
    teaching:
      'The receiving State has the authority and the obligation to keep the person in custody, must return them "without delay" as agreed, may not require extradition proceedings for the return, and the time spent abroad counts toward the sentence served at home. Unless the sending State agrees, the person may not be prosecuted, detained or punished there for earlier acts. The game compresses the stay into the execution: the person gives evidence and is back in custody when the request is executed.',
  },
] as const;
