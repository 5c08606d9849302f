using Microsoft.Extensions.Logging;

namespace Media.Search;

internal static partial class Log
{
    [LoggerMessage(EventId = 13001, Level = LogLevel.Warning, Message = "The search index at {Path} could not be closed cleanly; a rebuild replaces it")]
    public static partial void IndexCloseFailed(ILogger logger, Exception exception, string path);

    [LoggerMessage(EventId = 13002, Level = LogLevel.Information, Message = "Search index: article {ArticleId} {Change} (now {Status})")]
    public static partial void ArticleIndexed(ILogger logger, Guid articleId, string change, string status);

    [LoggerMessage(EventId = 13003, Level = LogLevel.Information, Message = "Search index rebuilt from the database: {Count} published articles in {ElapsedMs} ms")]
    public static partial void Rebuilt(ILogger logger, int count, long elapsedMs);

    [LoggerMessage(EventId = 13004, Level = LogLevel.Warning, Message = "The search index at {Path} is locked by another process; this one leaves it alone")]
    public static partial void IndexInUse(ILogger logger, string path);
}
