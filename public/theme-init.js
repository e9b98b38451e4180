// Applies the reader's saved theme before the first paint (a blocking script from the site
// itself, allowed by the Content-Security-Policy). Without a saved choice, CSS follows the system.
try {
  var theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch (e) { /* storage unavailable: follow the system */ }
