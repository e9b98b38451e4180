// Runs before the first paint (a blocking script from the site itself, allowed by the CSP):
// - marks <html class="js"> so controls that need JavaScript take their place from the start,
//   with no layout shift when the scripts arrive (and stay absent with JavaScript off);
// - applies the reader's saved theme. Without a saved choice, CSS follows the system setting.
document.documentElement.classList.add('js');
try {
  var theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch (e) { /* storage unavailable: follow the system */ }
