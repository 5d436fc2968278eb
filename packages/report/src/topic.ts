/**
 * A consultation's topic in words: the catalogue's `topic.<id>`, and a coordination meeting named
 * by the case's body that hosts it. One definition for the screens and the exports; `say` is the
 * reader's catalogue.
 */
export function topicName(
  body: { name: string } | null | undefined,
  topic: string,
  say: (key: string, params?: Readonly<Record<string, string>>) => string,
): string {
  if (topic === 'coordination-meeting' && body)
    return say('ui.topic.coordination-meeting-under', { body: body.name });
  return say(`topic.${topic}`);
}
