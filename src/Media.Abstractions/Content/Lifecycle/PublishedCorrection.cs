namespace Media.Abstractions.Content;

/// <summary>A correction that a publish put live: the version it replaced and the corrected one, with their hashes.</summary>
public sealed record PublishedCorrection(string Note, int OfVersion, string OldContentHash, int CorrectedVersion, string NewContentHash);
