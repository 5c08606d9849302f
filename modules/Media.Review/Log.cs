using Microsoft.Extensions.Logging;

namespace Media.Review;

internal static partial class ReviewLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Article {ArticleId}: stage {StageIndex} decided '{Decision}' on version {Version}")]
    public static partial void Decided(ILogger logger, Guid articleId, int stageIndex, string decision, int version);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Article {ArticleId}: a decision on stage {StageIndex} lost a race and was refused by the database")]
    public static partial void DecisionRaced(ILogger logger, Guid articleId, int stageIndex);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Article {ArticleId}: sign-off check refused publishing: {Reason}")]
    public static partial void SignOffRefused(ILogger logger, Guid articleId, string reason);
}
