namespace Media.Review.Rounds;

/// <summary><c>POST /api/articles/{id}/submit</c>.</summary>
public sealed record SubmitInput(int? Version, string? Comment);

/// <summary><c>POST /api/articles/{id}/withdraw</c> and <c>/reopen</c>.</summary>
public sealed record CommentInput(string? Comment);

/// <summary><c>POST /api/articles/{id}/review</c>. <see cref="ContentHash"/> is optional; when sent it must match too.</summary>
public sealed record DecisionInput(int? Version, string? Decision, string? Comment, string? ContentHash = null);
