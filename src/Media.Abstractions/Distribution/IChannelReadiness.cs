using Media.Abstractions.Content;

namespace Media.Abstractions.Distribution;

/// <summary>
/// A channel type's rules for a piece, asked BEFORE publishing (docs/wechat.md §16): the API and the publish page use the
/// same rules, and a channel's sender checks the same limits when it sends, so the two cannot disagree. A channel type
/// without rules registers none.
/// </summary>
public interface IChannelReadiness
{
    string ChannelType { get; }

    /// <summary>Every problem the channel would refuse the version for; none means it may go.</summary>
    IReadOnlyList<ReadinessProblem> Check(ArticlePreviewSource article);
}

/// <summary>Where an editor fixes a problem: the article's edit page, or its cover picker on that page.</summary>
public enum ReadinessFix
{
    Edit,
    Cover,
}

/// <summary>One thing a channel would refuse: a stable code (e.g. <c>cover-missing</c>), a message for editors in
/// Chinese, and where it is fixed.</summary>
public sealed record ReadinessProblem(string Code, string Message, ReadinessFix Fix)
{
    /// <summary>The admin page that fixes it: the edit page, at its photo panel for the cover.</summary>
    public string FixUrl(Guid articleId) => Fix == ReadinessFix.Cover
        ? $"/admin/articles/{articleId}/edit#photos"
        : $"/admin/articles/{articleId}/edit";
}
