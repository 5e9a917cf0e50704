import {
  lifecycleStateDiagram,
  lifecycleTransitionsMarkdown,
} from './lifecycleDiagram';
import {
  LIFECYCLE_STATES,
  LIFECYCLE_TRANSITIONS,
} from './lifecycleTransitions';

describe('lifecycleStateDiagram', () => {
  const diagram = lifecycleStateDiagram();

  it('declares every state and draws every transition of the table', () => {
    expect(diagram.split('\n')[0]).toBe('stateDiagram-v2');
    for (const state of LIFECYCLE_STATES) {
      expect(diagram).toContain(
        `state "${state}" as ${state.replace(/-/g, '_')}`,
      );
    }
    for (const t of LIFECYCLE_TRANSITIONS) {
      const target = t.to === 'resume' ? 'resume' : t.to.replace(/-/g, '_');
      for (const from of t.from) {
        const edge = diagram
          .split('\n')
          .find(l =>
            l.startsWith(`  ${from.replace(/-/g, '_')} --> ${target}:`),
          );
        expect(edge).toContain(`${t.event} (${t.by.join(', ')})`);
      }
    }
  });

  it('draws no edge out of quarantined or retired but reinstate and retire', () => {
    const out = diagram
      .split('\n')
      .filter(l => /^ {2}(quarantined|retired) -->/.test(l));
    expect(out).toEqual([
      '  quarantined --> retired: retire (admin)',
      '  quarantined --> resume: reinstate (admin)',
      '  retired --> resume: reinstate (admin)',
    ]);
  });

  it('lists every transition in the Markdown table', () => {
    const table = lifecycleTransitionsMarkdown().split('\n');
    expect(table).toHaveLength(LIFECYCLE_TRANSITIONS.length + 2);
    expect(table[2]).toMatch(
      /^\| `approval-requested` \| registered, approved \|/,
    );
  });
});
