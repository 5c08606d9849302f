using Media.Abstractions.Content;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;

namespace Media.Review.Workflows;

public sealed record WorkflowStageInput(string? Name, string? Role);

/// <summary><c>POST /api/workflows</c>: a name and at least one stage, each naming a role that may decide.</summary>
public sealed record WorkflowInput(string? Name, WorkflowStageInput[]? Stages)
{
    /// <summary>Reporters write and Auditors only read: neither decides a stage.</summary>
    public static readonly IReadOnlyList<string> DecidingRoles = [MediaRoles.Editor, MediaRoles.ChiefEditor, MediaRoles.Leader, MediaRoles.Admin];

    public FieldErrors Check()
    {
        var errors = new FieldErrors().Required("name", Name, ReviewLimits.WorkflowName);
        if (Stages is not { Length: > 0 }) return errors.Add("stages", "At least one stage is required; the last one is the sign-off (终审).");
        if (Stages.Length > ReviewLimits.Stages) errors.Add("stages", $"At most {ReviewLimits.Stages} stages.");
        for (var i = 0; i < Stages.Length; i++)
        {
            errors.Required($"stages[{i}].name", Stages[i]?.Name, ReviewLimits.StageName);
            if (Canonical(Stages[i]?.Role) is null)
                errors.Add($"stages[{i}].role", $"Use one of: {string.Join(", ", DecidingRoles)}.");
        }
        return errors;
    }

    public IReadOnlyList<ReviewStage> Normalize() =>
        Stages!.Select(s => new ReviewStage(s.Name!.Trim(), Canonical(s.Role)!)).ToList();

    private static string? Canonical(string? role) =>
        MediaRoles.Canonical(role) is { } r && DecidingRoles.Contains(r) ? r : null;
}
