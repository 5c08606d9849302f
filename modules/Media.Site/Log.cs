using Microsoft.Extensions.Logging;

namespace Media.Site;

internal static partial class Log
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Information,
        Message = "Evicted the cached public pages of article {ArticleId} and all listings (now {Status})")]
    public static partial void PagesEvicted(ILogger logger, Guid articleId, string status);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Warning,
        Message = "Cover {MediaId} of article {ArticleId} has no servable variant; the page renders without it")]
    public static partial void CoverMissing(ILogger logger, Guid mediaId, Guid articleId);
}
