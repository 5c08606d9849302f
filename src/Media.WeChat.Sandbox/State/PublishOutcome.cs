namespace Media.WeChat.Sandbox.State;

/// <summary>How a publish job ends: 0 success, 2 original-content check failed, 3 general failure, 4 review rejected.</summary>
public sealed record PublishOutcome(int Status, IReadOnlyList<int> FailIdx)
{
    public static PublishOutcome Success { get; } = new(0, []);

    public static PublishOutcome Failed(int status, params int[] failIdx)
    {
        if (status is not (2 or 3 or 4))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A failed job ends in 2, 3 or 4.");
        }

        // fail_idx only exists for 2 and 4.
        return new PublishOutcome(status, status == 3 ? [] : failIdx);
    }
}
