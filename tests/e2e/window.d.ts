// The renderer declares the globals it uses and exposes (window.isnad, the preload's bridge;
// window.isnadNavigation, for browser tests) next to the code that uses them; these bring
// those declarations into the test project's types.
import type {} from '../../renderer/src/api/client';
import type {} from '../../renderer/src/app/navigation';
