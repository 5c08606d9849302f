using Media.Abstractions.Auditing;
using Media.Abstractions.Content;
using Media.Abstractions.Screening;
using Media.Review.Data;

namespace Media.Review.Rounds;

/// <summary>The audit entries of review actions. Every <c>review.*</c> entry carries stage index, stage name, role,
/// decision, comment and round, so the sign-off sheet (审签单) can render it as a row.</summary>
public static class ReviewRecord
{
    /// <param name="correction">The correction under review, if any: its entries also name the published version's hash.</param>
    public static AuditEvent Decision(string action, Guid articleId, ReviewRound round, ReviewDecision d, CorrectionInfo? correction) =>
        new(action, AuditSubject.Article(articleId), d.Version, d.ContentHash, new Dictionary<string, object?>
        {
            ["correctionOfVersion"] = correction?.OfVersion,
            ["oldContentHash"] = correction?.OfContentHash,
            ["round"] = round.Number,
            ["stageIndex"] = d.StageIndex,
            ["stageName"] = d.StageName,
            ["role"] = d.Role,
            ["decision"] = d.Decision,
            ["comment"] = d.Comment,
            ["lexiconVersion"] = d.LexiconVersion,
        });

    public static AuditEvent RoundEvent(string action, Guid articleId, ReviewRound round, int version, string hash,
        string decision, string? comment, Workflows.ReviewStage? stage, int? stageIndex) =>
        new(action, AuditSubject.Article(articleId), version, hash, new Dictionary<string, object?>
        {
            ["round"] = round.Number,
            ["stageIndex"] = stageIndex,
            ["stageName"] = stage?.Name,
            ["role"] = stage?.Role,
            ["decision"] = decision,
            ["comment"] = comment,
            ["workflowId"] = round.WorkflowId,
            ["workflow"] = round.WorkflowName,
        });

    public static AuditEvent Screening(Guid articleId, int version, string hash, string occasion, ArticleScreeningResult result) =>
        new(AuditActions.ScreeningRecorded, AuditSubject.Article(articleId), version, hash, new Dictionary<string, object?>
        {
            ["occasion"] = occasion,
            ["lexiconVersion"] = result.LexiconVersion,
            ["blocking"] = result.Hits.Count(h => h.IsBlocking),
            ["warnings"] = result.Hits.Count(h => !h.IsBlocking),
            ["hits"] = result.Hits,
        });
}
