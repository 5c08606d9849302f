using Media.Abstractions.Auditing;
using Media.Abstractions.Security;
using Media.AuditTrail.Data;

namespace Media.AuditTrail.Pages.Admin.Audit;

/// <summary>
/// Turns an article's <c>review.*</c> entries into the 审签单's lines: one per submission and one per round and stage.
/// The last stage's approval is recorded twice on the chain — <c>review.approved</c> and then <c>review.signed-off</c>
/// for the same round and stage — so lines are keyed by (round, stage index) and the sign-off turns its stage's line
/// into 签发 rather than adding a second one.
/// </summary>
public static class SheetRows
{
    /// <param name="submitterRole">The role to name beside a submitter, by the actor's id (记者 or 编辑…).</param>
    public static IReadOnlyList<SheetRow> From(IEnumerable<AuditEntry> entries, Func<Guid?, string?> submitterRole)
    {
        var rows = new List<SheetRow>();
        var stageRows = new Dictionary<(int? Round, int Stage), int>();
        foreach (var entry in entries.OrderBy(e => e.Seq))
        {
            if (SheetDecision.From(entry) is not { } d) continue;
            var round = int.TryParse(d.Round, out var number) ? number : (int?)null;
            switch (entry.Action)
            {
                case AuditActions.ReviewSubmitted:
                    rows.Add(new SheetRow(round, -1, "送审", d.Reviewer, submitterRole(entry.ActorId), "送审", d.Comment, entry.At, entry.Version, [entry]));
                    break;
                case AuditActions.ReviewWithdrawn:
                    rows.Add(new SheetRow(round, -1, "撤回", d.Reviewer, submitterRole(entry.ActorId), "撤回", d.Comment, entry.At, entry.Version, [entry]));
                    break;
                case AuditActions.ReviewApproved or AuditActions.ReviewRejected or AuditActions.ReviewSignedOff:
                    var key = (round, StageIndex(entry, d));
                    var row = Stage(entry, d, round, key.Item2);
                    if (stageRows.TryGetValue(key, out var at)) rows[at] = Merge(rows[at], row);
                    else
                    {
                        stageRows[key] = rows.Count;
                        rows.Add(row);
                    }
                    break;
            }
        }
        return rows;
    }

    /// <summary>The Chinese word for a decision as the chain records it.</summary>
    public static string DecisionLabel(string action, string? decision) => action switch
    {
        AuditActions.ReviewSignedOff => "签发",
        AuditActions.ReviewRejected => "退回",
        AuditActions.ReviewApproved => "通过",
        _ => decision ?? action,
    };

    private static SheetRow Stage(AuditEntry entry, SheetDecision d, int? round, int index) =>
        new(round, index, d.Stage ?? $"第 {index + 1} 审", d.Reviewer, d.Role is null ? null : RoleLabels.Label(d.Role),
            DecisionLabel(entry.Action, d.Decision), d.Comment, entry.At, entry.Version, [entry]);

    /// <summary>A second entry for the same round and stage: 签发 wins over 通过; the first entry's time and comment stay.</summary>
    private static SheetRow Merge(SheetRow first, SheetRow next) => first with
    {
        Decision = next.Decision == "签发" ? "签发" : first.Decision,
        Comment = first.Comment ?? next.Comment,
        Entries = [.. first.Entries, .. next.Entries],
    };

    private static int StageIndex(AuditEntry entry, SheetDecision d) =>
        d.StageIndex ?? (int)(entry.Seq % int.MaxValue) + 1_000_000;
}
