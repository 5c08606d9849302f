namespace Media.Abstractions.Content;

/// <summary>The difference of one field between two versions.</summary>
public sealed record ContentFieldDiff(string Field, bool Changed, IReadOnlyList<ContentDiffRun> Runs);
