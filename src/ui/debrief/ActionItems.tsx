/** Editable follow-ups: text, owner and done, one row each. State lives in the parent. */
import type { ActionItem } from '../../engine/index.ts';

export interface ActionItemsProps {
  items: ActionItem[];
  onChange: (items: ActionItem[]) => void;
}

export function ActionItems({ items, onChange }: ActionItemsProps) {
  const update = (index: number, patch: Partial<ActionItem>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const remove = (index: number) => onChange(items.filter((_, i) => i !== index));
  const add = () => onChange([...items, { text: '', owner: '', done: false }]);

  return (
    <div className="debrief-actions">
      {items.length === 0 && <p>No action items yet.</p>}
      <ul className="debrief-action-list">
        {items.map((item, i) => (
          <li key={i} className="debrief-action-row">
            <label className="debrief-action-done">
              <input
                type="checkbox"
                checked={item.done}
                aria-label={`Done (action item ${i + 1})`}
                onChange={(e) => update(i, { done: e.target.checked })}
              />
              <span>Done</span>
            </label>
            <label className="debrief-field debrief-field-wide">
              <span>Action item {i + 1}</span>
              <input
                type="text"
                value={item.text}
                onChange={(e) => update(i, { text: e.target.value })}
              />
            </label>
            <label className="debrief-field">
              <span>Owner</span>
              <input
                type="text"
                value={item.owner}
                placeholder="unassigned"
                aria-label={`Owner of action item ${i + 1}`}
                onChange={(e) => update(i, { owner: e.target.value })}
              />
            </label>
            <button
              type="button"

              onClick={() => remove(i)}
              aria-label={`Remove action item ${i + 1}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={add}>
        Add action item
      </button>
    </div>
  );
}
