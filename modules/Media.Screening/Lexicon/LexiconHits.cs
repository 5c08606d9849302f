namespace Media.Screening;

/// <summary>Orders word list hits and drops one that lies inside another hit at least as severe.</summary>
internal static class LexiconHits
{
    public static IReadOnlyList<ScreeningHit> KeepOutermost(List<ScreeningHit> found)
    {
        found.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var kept = new List<ScreeningHit>(found.Count);
        var furthestEnd = -1;
        var furthestBlockEnd = -1;
        foreach (var hit in found)
        {
            var coveredEnd = hit.Severity == ScreeningSeverity.Block ? furthestBlockEnd : furthestEnd;
            if (hit.End <= coveredEnd)
            {
                continue;
            }

            kept.Add(hit);
            furthestEnd = Math.Max(furthestEnd, hit.End);
            if (hit.Severity == ScreeningSeverity.Block)
            {
                furthestBlockEnd = Math.Max(furthestBlockEnd, hit.End);
            }
        }

        return kept;
    }
}
