namespace Media.Channels.WeChat.Tokens;

/// <summary>The token of one account and the gate that lets one caller at a time fetch it.</summary>
internal sealed class TokenSlot : IDisposable
{
    private CachedToken? _current;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public CachedToken? Current
    {
        get => Volatile.Read(ref _current);
        set => Volatile.Write(ref _current, value);
    }

    /// <summary>Drops the token only if it is still the rejected one, so N callers refused together cause one fetch.</summary>
    public void Drop(string rejected)
    {
        var current = Current;
        if (current is not null && string.Equals(current.Value, rejected, StringComparison.Ordinal))
        {
            Interlocked.CompareExchange(ref _current, null, current);
        }
    }

    public void Dispose() => Gate.Dispose();
}
