namespace Media.Articles.Corrections;

/// <summary><c>POST /api/articles/{id}/corrections</c>: why the published piece is being corrected (shown to the public
/// as the 更正说明 once the correction is published).</summary>
public sealed record CorrectionInput(string? Note);
