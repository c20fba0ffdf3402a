using Microsoft.Extensions.Logging;

namespace DocGen.Sites;

public sealed partial class SiteRegistry
{
    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Site {SiteCode} loaded from {Folder}")]
        public static partial void SiteLoaded(ILogger logger, string siteCode, string folder);

        [LoggerMessage(2, LogLevel.Error, "Site {SiteCode} refused: {File}:{Line}: {Reason}; {Outcome}")]
        public static partial void SiteRefused(ILogger logger, string siteCode, string file, int line, string reason, string outcome);

        [LoggerMessage(3, LogLevel.Information, "Site {SiteCode} removed: its folder is gone")]
        public static partial void SiteRemoved(ILogger logger, string siteCode);

        [LoggerMessage(5, LogLevel.Warning, "Site {SiteCode}: {File}: {Field}: {Reason}")]
        public static partial void SiteWarning(ILogger logger, string siteCode, string file, string field, string reason);

        [LoggerMessage(4, LogLevel.Error, "Reading the templates folder {Folder} failed; keeping the sites loaded before")]
        public static partial void ReloadFailed(ILogger logger, string folder, Exception exception);
    }
}
