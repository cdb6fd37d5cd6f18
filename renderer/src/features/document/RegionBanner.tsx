import type { Region } from '../../../../shared/domain/document';
import { useDocument } from './document.store';
import { regionTitle } from './regions.logic';

/** The label and include/exclude switch above a boilerplate block found on import. */
export function RegionBanner({ region }: { region: Region }) {
  const title = regionTitle(region);
  return (
    <div className={region.excluded ? 'region-banner excluded' : 'region-banner'} role="group" aria-label={title}>
      <span className="region-title">{title}</span>
      <span className="region-state">{region.excluded ? 'Excluded from exports and suggestions' : 'Included'}</span>
      <button
        type="button"
        className="region-toggle"
        aria-pressed={!region.excluded}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => useDocument.getState().setRegionExcluded(region.id, !region.excluded)}
      >
        {region.excluded ? 'Include' : 'Exclude'}
      </button>
    </div>
  );
}
