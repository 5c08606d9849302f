using Media.Channels.WeChat.Pushes.Data;

namespace Media.Channels.WeChat.Pushes.Pages.Admin.Pushes;

/// <summary>One push as the 今日推送 page shows it: its articles with their covers, and what the viewer may do with it.</summary>
public sealed record PushCard(Push Push, IReadOnlyList<PushCardArticle> Articles, string CreatorName, bool MayReorder, bool MayPreview,
    bool MaySignOff, bool MaySend, bool MayChooseCovers = false);

/// <param name="CoverUrl">The cover it has in this push: the one chosen for the push, else the article's own.</param>
/// <param name="Photos">The photos that may be its cover in this push (a draft, for those who compose), else none.</param>
public sealed record PushCardArticle(Guid ArticleId, string Title, string? CoverUrl, Guid? CoverMediaId, IReadOnlyList<CoverChoice> Photos);

/// <summary>One of an article's photos offered as its cover in a push, with its thumbnail.</summary>
public sealed record CoverChoice(Guid MediaId, string? ThumbUrl);

/// <summary>One WeChat account on the page: its allowance (shown before anyone presses 群发), its preview names and pushes.</summary>
public sealed record AccountSection(Guid ChannelId, string Name, string AccountType, int MassSendsLeft, DateTimeOffset ResetsAt,
    IReadOnlyList<string> PreviewWxNames, IReadOnlyList<PushCard> Pushes);

/// <summary>A signed-off article the compose form offers.</summary>
public sealed record ComposeChoice(Guid Id, string Title, string Status, DateTimeOffset UpdatedAt, string? CoverUrl);
