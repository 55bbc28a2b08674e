// Under a step that needs a part of the journey that is off (sales, account mode): what that
// means for the step, and a link to the tab that turns it on.
import { useApp } from '../../store/StoreContext';
import type { JourneyTab } from '../../store/state/editor';

export function PartOffNote({ tab, text, link }: { tab: JourneyTab; text: string; link: string }) {
  const showJourneyTab = useApp((s) => s.showJourneyTab);
  return (
    <p className="inspector__warning" data-testid={`inspector-${tab}-off`}>
      {text}{' '}
      <button type="button" className="link-button" onClick={() => showJourneyTab(tab)} data-testid={`inspector-open-${tab}`}>
        {link}
      </button>
    </p>
  );
}
