using Media.Abstractions.Security;

namespace Media.Abstractions.Content;

/// <summary>The lifecycle's permissions. The Articles module declares them with their default roles and checks them
/// in its transition table; they live here so Review and Distribution can require them on their endpoints too.</summary>
public static class EditorialPermissions
{
    public static readonly Permission ReviewArticles = new(nameof(ReviewArticles), "Decide a review stage (the stage names the role)");
    public static readonly Permission PublishArticles = new(nameof(PublishArticles), "Publish or schedule signed-off articles");
    public static readonly Permission RetractArticles = new(nameof(RetractArticles), "Retract (撤稿) articles from every channel");
    public static readonly Permission CorrectArticles = new(nameof(CorrectArticles), "Open a correction (更正) of a published article");
}
