namespace Media.Screening.Data;

/// <summary>One version of the county word list. Each update writes a new revision; none is ever changed.</summary>
public sealed class LexiconRevision
{
    /// <summary>1, 2, 3…: the word list's <c>version</c>. The primary key, so two racing updates cannot both take it.</summary>
    public int Number { get; set; }

    /// <summary>The entries as JSON (word, category, severity, note).</summary>
    public required string EntriesJson { get; set; }

    public int EntryCount { get; set; }

    public Guid CreatedBy { get; set; }

    public string CreatedByName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
