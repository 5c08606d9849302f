namespace Media.Abstractions.Content;

/// <summary>A run of text that is <c>equal</c>, <c>delete</c>d or <c>insert</c>ed between two versions.</summary>
public sealed record ContentDiffRun(string Op, string Text);
