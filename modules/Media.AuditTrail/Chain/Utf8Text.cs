namespace Media.AuditTrail.Chain;

/// <summary>A text field as UTF-8, borrowed from the row or buffer it was read from; <c>default</c> is SQL NULL.</summary>
public readonly ref struct Utf8Text
{
    public Utf8Text(ReadOnlySpan<byte> bytes)
    {
        Bytes = bytes;
        HasValue = true;
    }

    public ReadOnlySpan<byte> Bytes { get; }

    public bool HasValue { get; }
}
