using Microsoft.AspNetCore.Mvc;

namespace Media.Abstractions.Admin;

/// <summary>The view component behind a <see cref="TodayPanel"/>: no arguments, it shows the signed-in user's own day.</summary>
public abstract class TodayPanelComponent : ViewComponent
{
    public abstract Task<IViewComponentResult> InvokeAsync();
}
