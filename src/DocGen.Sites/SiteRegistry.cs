using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using DocGen.Html.Templates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocGen.Sites;

/// <summary>
/// The publishing sites, loaded from a templates folder:
/// <c>default/</c> (the template set every site starts from) and <c>sites/&lt;site_code&gt;/</c>
/// (site.json plus any templates or CSS that override the set). Edits, new sites and removed sites
/// are picked up while running. A site whose files do not load is refused with a log line naming
/// the file and line, and its previous version keeps serving.
/// </summary>
public sealed partial class SiteRegistry : IDisposable
{
    public const string DefaultSetName = "default";
    public const string SitesFolderName = "sites";
    public const string SiteFileName = "site.json";

    private readonly string _root;
    private readonly ITemplateEngine _engine;
    private readonly ILogger _logger;
    private readonly SiteRegistryOptions _options;
    private readonly FileSystemWatcher? _watcher;
    private readonly Timer _debounce;
    private readonly Lock _reloadLock = new();
    private volatile Snapshot _snapshot = new(ImmutableSortedDictionary<string, RegisteredSite>.Empty, 0);
    private long _lastStampCheck;

    /// <summary>Per site, the stamp of files already refused: not retried (nor logged again) until they change.</summary>
    private readonly ConcurrentDictionary<string, long> _refused = new(StringComparer.Ordinal);

    /// <summary>Per site, why its files were last refused (removed when they load again).</summary>
    private readonly ConcurrentDictionary<string, SiteRefusal> _refusals = new(StringComparer.Ordinal);

    public SiteRegistry(string templatesRoot, ITemplateEngine? engine = null, ILogger<SiteRegistry>? logger = null, SiteRegistryOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(templatesRoot);
        _root = Path.GetFullPath(templatesRoot);
        _engine = engine ?? new ScribanTemplateEngine();
        _logger = logger ?? NullLogger<SiteRegistry>.Instance;
        _options = options ?? new SiteRegistryOptions();
        _debounce = new Timer(_ => Reload());
        Reload();
        if (_options.Watch && Directory.Exists(_root))
        {
            _watcher = new FileSystemWatcher(_root)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            _watcher.Changed += OnFileEvent;
            _watcher.Created += OnFileEvent;
            _watcher.Deleted += OnFileEvent;
            _watcher.Renamed += OnFileEvent;
            _watcher.EnableRaisingEvents = true;
        }
    }

    /// <summary>The sites that can render now, ordered by site code.</summary>
    public IReadOnlyList<RegisteredSite> Sites
    {
        get
        {
            ReloadIfStale();
            return _snapshot.Sites.Values.ToArray();
        }
    }

    /// <summary>Why the files in sites/<paramref name="siteCode"/> were refused at the last load, if they were.</summary>
    public bool TryGetRefusal(string siteCode, [NotNullWhen(true)] out SiteRefusal? refusal) => _refusals.TryGetValue(siteCode, out refusal);

    public bool TryGetSite(string siteCode, [NotNullWhen(true)] out RegisteredSite? site)
    {
        ReloadIfSiteStale(siteCode);
        return _snapshot.Sites.TryGetValue(siteCode, out site);
    }

    /// <summary>Reads the folder again now. Unchanged sites are kept as they are, without recompiling.</summary>
    public void Reload()
    {
        lock (_reloadLock)
        {
            var previous = _snapshot;
            try
            {
                var stamp = FolderStamp.Of(_root);
                _snapshot = new Snapshot(LoadSites(previous.Sites), stamp);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Log.ReloadFailed(_logger, _root, e);
            }
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce.Dispose();
    }

    private void OnFileEvent(object sender, FileSystemEventArgs e) =>
        _debounce.Change(_options.Debounce, Timeout.InfiniteTimeSpan);

    private void ReloadIfStale()
    {
        if (StampCheckDue() && FolderStamp.Of(_root) != _snapshot.Stamp) Reload();
    }

    /// <summary>
    /// The lookup path's check: only the files this one site renders with (its folder and its
    /// set), so its cost does not grow with the number of sites.
    /// </summary>
    private void ReloadIfSiteStale(string siteCode)
    {
        if (!StampCheckDue()) return;
        bool stale;
        if (_snapshot.Sites.TryGetValue(siteCode, out var site))
        {
            var current = FolderStamp.Of(site.SetFolderPath, site.FolderPath);
            stale = current != site.SourceStamp && !(_refused.TryGetValue(siteCode, out var refused) && refused == current);
        }
        else
        {
            // A folder for a code we do not serve: new, or refused before; worth a reload only if anything changed.
            stale = IsPlainName(siteCode) && Directory.Exists(Path.Combine(_root, SitesFolderName, siteCode))
                    && FolderStamp.Of(_root) != _snapshot.Stamp;
        }
        if (stale) Reload();
    }

    private bool StampCheckDue()
    {
        if (_options.StampCheckInterval is not { } interval) return false;
        if (interval <= TimeSpan.Zero) return true;
        var now = Environment.TickCount64;
        if (now - Interlocked.Read(ref _lastStampCheck) < interval.TotalMilliseconds) return false;
        Interlocked.Exchange(ref _lastStampCheck, now);
        return true;
    }

    private static bool IsPlainName(string name) => SetName().IsMatch(name);

    private ImmutableSortedDictionary<string, RegisteredSite> LoadSites(ImmutableSortedDictionary<string, RegisteredSite> previous)
    {
        var sitesFolder = Path.Combine(_root, SitesFolderName);
        var folders = Directory.Exists(sitesFolder) ? Directory.GetDirectories(sitesFolder) : [];
        var sites = ImmutableSortedDictionary.CreateBuilder<string, RegisteredSite>(StringComparer.Ordinal);
        foreach (var folder in folders.Order(StringComparer.Ordinal))
        {
            var code = Path.GetFileName(folder);
            previous.TryGetValue(code, out var before);
            if (TryLoadSite(code, folder, before) is { } site) sites[code] = site;
        }
        foreach (var gone in previous.Keys.Where(code => !sites.ContainsKey(code) && !Directory.Exists(Path.Combine(sitesFolder, code))))
            Log.SiteRemoved(_logger, gone);
        return sites.ToImmutable();
    }

    /// <summary>The site built from its folder, the previous version when the folder does not load, or null.</summary>
    private RegisteredSite? TryLoadSite(string code, string folder, RegisteredSite? before)
    {
        try
        {
            var siteFile = Path.Combine(folder, SiteFileName);
            if (!File.Exists(siteFile)) throw new SiteFileException(siteFile, 1, "site.json is missing");
            var profile = SiteJsonReader.Read(siteFile, _root);
            if (profile.SiteCode != code)
                throw new SiteFileException(siteFile, 1, $"siteCode '{profile.SiteCode}' does not match its folder name '{code}'");
            var setFolder = TemplateSetFolder(profile.TemplateSet, siteFile);
            var stamp = FolderStamp.Of(setFolder, folder);
            if (before is not null && before.SourceStamp == stamp) return before;

            var sources = SiteSources.Load(_root, setFolder, folder);
            var templates = _engine.Compile(sources.Templates, sources.Partials);
            var site = new RegisteredSite(profile, templates, new TrustedHtml(sources.PageCss), new TrustedHtml(sources.ReportCss), folder)
            {
                SourceStamp = stamp,
                SetFolderPath = setFolder,
                Warnings = SiteSettingsCheck.Check(profile, siteFile, _options.FontInstalled),
            };
            SiteTrial.Run(site);
            _refused.TryRemove(code, out _);
            _refusals.TryRemove(code, out _);
            foreach (var warning in site.Warnings) Log.SiteWarning(_logger, code, warning.FilePath, warning.Field, warning.Reason);
            Log.SiteLoaded(_logger, code, folder);
            return site;
        }
        catch (Exception e) when (e is SiteFileException or TemplateCompileException or IOException or UnauthorizedAccessException)
        {
            var (file, line, reason) = e switch
            {
                SiteFileException s => (s.FilePath, s.Line, s.Reason),
                TemplateCompileException t => (t.FilePath, t.Line, $"column {t.Column}: {t.Reason}"),
                _ => (folder, 0, e.Message),
            };
            _refusals[code] = new SiteRefusal(file, line, reason);
            if (before is not null)
            {
                var refusedStamp = FolderStamp.Of(before.SetFolderPath, folder);
                if (_refused.TryGetValue(code, out var known) && known == refusedStamp) return before;
                _refused[code] = refusedStamp;
            }
            Log.SiteRefused(_logger, code, file, line, reason,
                before is null ? "the site is not served" : "the previous version keeps serving");
            return before;
        }
    }

    private string TemplateSetFolder(string templateSet, string siteFile)
    {
        var name = string.IsNullOrEmpty(templateSet) ? DefaultSetName : templateSet;
        // A set is a folder name beside default/, never a path: site.json must not reach outside the templates root.
        if (!SetName().IsMatch(name) || name == SitesFolderName)
            throw new SiteFileException(siteFile, 1, $"templateSet '{templateSet}' is not a template set name");
        var folder = Path.Combine(_root, name);
        if (!Directory.Exists(folder)) throw new SiteFileException(siteFile, 1, $"template set folder '{folder}' does not exist");
        return folder;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex SetName();

    private sealed record Snapshot(ImmutableSortedDictionary<string, RegisteredSite> Sites, long Stamp);
}
