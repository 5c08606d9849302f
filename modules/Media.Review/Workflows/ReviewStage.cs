namespace Media.Review.Workflows;

/// <summary>A stage of a workflow as rounds and responses use it: its name (初审…) and deciding role.</summary>
public sealed record ReviewStage(string Name, string Role);
