namespace Media.Abstractions.Content;

/// <summary>An open correction (更正): why, when, by whom, and which published version it corrects.</summary>
public sealed record CorrectionInfo(string Note, DateTimeOffset OpenedAt, Guid OpenedBy, string OpenedByName, int OfVersion, string OfContentHash);
