namespace Media.Abstractions.Content;

/// <summary>Lengths shared by the review module and the article row that shows where a piece waits.</summary>
public static class ReviewLimits
{
    public const int StageName = 50;
    public const int Comment = 2000;
    public const int WorkflowName = 100;
    public const int Stages = 10;
}
