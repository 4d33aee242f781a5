/* The shell's styles: a plain Workspace-like frame with a 300 px sidebar panel (wider for a dialog). */
export const SHELL_STYLE = `
html, body { height: 100%; }
body { font: 14px/1.4 Roboto, Arial, sans-serif; margin: 0; color: #202124; display: flex; flex-direction: column; }
.top { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; padding: 8px 16px; background: #f1f3f4; border-bottom: 1px solid #dadce0; }
.brand { font-weight: bold; }
.top form { display: flex; gap: 6px; align-items: center; margin: 0; }
.cost { padding: 4px 16px; background: #e8f0fe; font-size: 13px; }
.cost p { margin: 2px 0; }
.layout { display: flex; flex: 1; min-height: 0; }
main { flex: 1; padding: 12px 16px; min-width: 0; overflow: auto; }
.sidebar { width: 300px; flex: 0 0 300px; border-left: 1px solid #dadce0; display: flex; flex-direction: column; }
.sidebar-bar { display: flex; justify-content: space-between; align-items: center; padding: 4px 8px; border-bottom: 1px solid #dadce0; }
.sidebar-bar form { margin: 0; }
.sidebar iframe { border: 0; width: 300px; flex: 1; }
.sidebar.dialog { max-width: 75vw; box-shadow: -2px 0 8px rgba(0,0,0,.2); }
.sidebar.dialog iframe { width: 100%; }
.menu { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; margin-bottom: 8px; }
.menu-title { font-weight: bold; margin-right: 8px; }
.menu ul, .tabs { list-style: none; display: flex; flex-wrap: wrap; gap: 4px; margin: 0; padding: 0; }
.menu form { margin: 0; }
.separator { width: 1px; background: #dadce0; }
.tabs a { display: inline-block; padding: 2px 8px; border: 1px solid #dadce0; border-radius: 4px 4px 0 0; }
.tabs a[aria-current] { background: #e6f4ea; font-weight: bold; }
.scroll { overflow: auto; max-height: 70vh; }
table.grid { border-collapse: collapse; }
.grid th, .grid td { border: 1px solid #dadce0; padding: 2px 6px; text-align: left; vertical-align: top; }
.grid caption { text-align: left; font-weight: bold; }
iframe.doc { width: 100%; height: 60vh; border: 1px solid #dadce0; }
.section-form { display: grid; gap: 4px; margin: 8px 0; max-width: 640px; }
.alert { border: 1px solid #f9ab00; background: #fef7e0; padding: 4px 8px; margin-bottom: 8px; }
.alert pre { white-space: pre-wrap; font: inherit; margin: 0; }
.secondary { color: #5f6368; }
.drafts { list-style: none; padding: 0; }
.draft { border-bottom: 1px solid #dadce0; padding: 8px 0; }
.draft h2 { font-size: 16px; margin: 0; }
button { font: inherit; padding: 4px 10px; border: 1px solid #dadce0; border-radius: 4px; background: #fff; cursor: pointer; }
button:focus-visible, a:focus-visible, select:focus-visible, textarea:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
`;
