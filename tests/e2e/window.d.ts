// The renderer declares the globals it exposes to browser tests (window.isnadNavigation) next
// to the code that sets them; this brings that declaration into the test project's types.
import type {} from '../../renderer/src/document/DocumentScreen';
