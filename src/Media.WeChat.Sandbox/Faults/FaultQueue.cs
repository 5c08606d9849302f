namespace Media.WeChat.Sandbox.Faults;

/// <summary>Pending faults, consumed in the order they were added, one call at a time.</summary>
public sealed class FaultQueue
{
    private readonly Lock _gate = new();
    private readonly List<SandboxFault> _pending = [];

    public IReadOnlyList<SandboxFault> Pending
    {
        get { lock (_gate) { return _pending.ToList(); } }
    }

    public void Enqueue(SandboxFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        if (fault.Times < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(fault), "A fault applies to at least one call.");
        }

        lock (_gate) { _pending.Add(fault); }
    }

    /// <summary>Takes one use of the first fault matching the endpoint, or null when none is pending.</summary>
    public SandboxFault? TryTake(string endpoint)
    {
        lock (_gate)
        {
            var index = _pending.FindIndex(f => f.Matches(endpoint));
            if (index < 0)
            {
                return null;
            }

            var fault = _pending[index];
            if (fault.Times == 1)
            {
                _pending.RemoveAt(index);
            }
            else
            {
                _pending[index] = fault with { Times = fault.Times - 1 };
            }

            return fault with { Times = 1 };
        }
    }

    public void Clear()
    {
        lock (_gate) { _pending.Clear(); }
    }
}
