namespace Media.Abstractions.Content;

/// <summary>The exact version and content hash a sign-off (签发) approved.</summary>
public sealed record SignOffPin(int Version, string ContentHash);
