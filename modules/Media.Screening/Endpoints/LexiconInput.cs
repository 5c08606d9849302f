using Media.Abstractions.Problems;

namespace Media.Screening.Endpoints;

public sealed record LexiconEntryInput(string? Word, string? Category, string? Severity, string? Note);

/// <summary><c>PUT /api/screening/lexicon</c>: the whole word list, replacing the current one.</summary>
public sealed record LexiconInput(LexiconEntryInput[]? Entries)
{
    public const int MaxEntries = 20_000;

    public FieldErrors Check()
    {
        var errors = new FieldErrors();
        if (Entries is null) return errors.Add("entries", "'entries' is required (it may be empty).");
        if (Entries.Length > MaxEntries) errors.Add("entries", $"At most {MaxEntries} entries.");
        for (var i = 0; i < Entries.Length && i < MaxEntries; i++)
        {
            var e = Entries[i];
            errors.Required($"entries[{i}].word", e?.Word, 50).Required($"entries[{i}].category", e?.Category, 32)
                .MaxLength($"entries[{i}].note", e?.Note, 200);
            if (Severity(e?.Severity) is null) errors.Add($"entries[{i}].severity", "Use 'block' or 'warn'.");
            else if (e?.Word is { } w && !string.IsNullOrWhiteSpace(w) && !HasLetters(w))
                errors.Add($"entries[{i}].word", "A word needs at least one letter or character that is not a space or punctuation.");
        }
        return errors;
    }

    public IReadOnlyList<LexiconEntry> Normalize() => Entries!
        .Select(e => new LexiconEntry(e.Word!.Trim(), e.Category!.Trim(), Severity(e.Severity)!.Value,
            string.IsNullOrWhiteSpace(e.Note) ? null : e.Note.Trim()))
        .ToList();

    private static ScreeningSeverity? Severity(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "block" => ScreeningSeverity.Block,
        "warn" => ScreeningSeverity.Warn,
        _ => null,
    };

    /// <summary>Matching skips spaces and punctuation, so a word made only of them could never match.</summary>
    private static bool HasLetters(string word) => word.Any(char.IsLetterOrDigit);
}
