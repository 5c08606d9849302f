namespace Media.Articles.Pages.Admin.Articles;

/// <summary>The next step a list row offers as a button (docs/admin-ui.md §1).</summary>
public enum ArticleNextStep
{
    None,
    Revise,
    Submit,
    Publish,
}
