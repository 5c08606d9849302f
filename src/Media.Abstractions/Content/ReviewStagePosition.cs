namespace Media.Abstractions.Content;

/// <summary>Where an article waits in review: the stage's position in its workflow, its name and the role that decides it.</summary>
public sealed record ReviewStagePosition(int Index, string Name, string Role);
