using System.Text.Json;
using Media.AuditTrail.Data;

namespace Media.AuditTrail.Pages.Admin.Audit;

/// <summary>A review decision on the sign-off sheet, read from a <c>review.*</c> entry's data
/// (<c>stageName</c> or <c>stage</c>, <c>stageIndex</c>, <c>role</c>, <c>round</c>, <c>decision</c>, <c>comment</c>, optional <c>reviewer</c>;
/// the actor otherwise).</summary>
public sealed record SheetDecision(AuditEntry Entry, string? Stage, string? Role, string? Round, string? Decision, string Reviewer, string? Comment)
{
    public const string ReviewPrefix = "review.";

    /// <summary>The stage's place in the workflow (<c>stageIndex</c>), when the entry names it.</summary>
    public int? StageIndex { get; init; }

    public static SheetDecision? From(AuditEntry entry)
    {
        if (!entry.Action.StartsWith(ReviewPrefix, StringComparison.Ordinal)) return null;
        using var data = JsonDocument.Parse(entry.Data);
        var root = data.RootElement;
        return new SheetDecision(entry,
            Text(root, "stageName") ?? Text(root, "stage"),
            Text(root, "role"),
            Text(root, "round"),
            Text(root, "decision") ?? entry.Action[ReviewPrefix.Length..],
            Text(root, "reviewer") ?? entry.ActorName,
            Text(root, "comment"))
        {
            StageIndex = int.TryParse(Text(root, "stageIndex"), out var index) ? index : null,
        };
    }

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.ValueKind == JsonValueKind.Null ? null : value.GetRawText()
            : null;
}
