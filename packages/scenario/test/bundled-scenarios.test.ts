import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../src/index.js';
import { findScenarioFiles, loadScenarioFile } from '../src/node.js';

const scenariosFolder = fileURLToPath(new URL('../../../scenarios/', import.meta.url));
const files = await findScenarioFiles(scenariosFolder);

describe('the bundled scenarios', () => {
  it('include the four that the design names, and the emergency', () => {
    const names = files.map((file) => file.slice(scenariosFolder.length));
    expect(names).toEqual(
      expect.arrayContaining([
        'tutorial.yaml',
        'emergency.yaml',
        'ransomware.yaml',
        'fraud-ring.yaml',
        'botnet.yaml',
      ]),
    );
  });

  it.each(files.map((file) => [file.slice(scenariosFolder.length), file]))(
    '%s checks clean',
    async (_name, file) => {
      const { issues, scenario } = await loadScenarioFile(file);
      expect(issues.map(formatIssue)).toEqual([]);
      expect(scenario).toBeDefined();
    },
  );
});
