using Media.AuditTrail.Data;

namespace Media.AuditTrail.Pages.Admin.Audit;

/// <summary>One line of the 审签单: a submission or one stage of one review round, as it is signed on paper.</summary>
/// <param name="Round">The review round's number (第 n 轮), or null when the entry named none.</param>
/// <param name="StageIndex">The stage's place in the workflow; −1 for the submission and for a withdrawal.</param>
/// <param name="Stage">送审, 撤回, or the stage's name (初审, 复审, 终审…).</param>
/// <param name="Person">Who submitted or decided.</param>
/// <param name="Role">Their role in the newsroom's words (记者, 编辑, 主编, 领导…), or null when unknown.</param>
/// <param name="Decision">送审, 通过, 退回, 签发 or 撤回.</param>
/// <param name="Entries">The chain entries the line stands for (a sign-off has two: the approval and 签发).</param>
public sealed record SheetRow(int? Round, int StageIndex, string Stage, string Person, string? Role, string Decision,
    string? Comment, DateTimeOffset At, int? Version, IReadOnlyList<AuditEntry> Entries);
