using Media.Abstractions.Admin;
using Media.Abstractions.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace Media.Web.Tests.Unit;

public sealed class ArticlePanelsTests
{
    private static readonly Permission Channels = new("Channels", "channels");
    private static readonly Permission Rounds = new("Rounds", "rounds");

    private static readonly FakePermissions Grants = new(new() { ["Reporter"] = [Channels] });

    [Fact]
    public void Visible_AreOrdered_AndFilteredByPermission()
    {
        var panels = new ArticlePanels(
            [new(typeof(SecondPanel), 200, []), new(typeof(HiddenPanel), 50, [Rounds]), new(typeof(FirstPanel), 100, [Channels])],
            Grants, new FakeUser(true, "Reporter"));

        Assert.Equal([typeof(FirstPanel), typeof(SecondPanel)], panels.Visible().Select(p => p.Component));
    }

    [Fact]
    public void Arguments_BindTheParameterOfThePanelContract()
    {
        var id = Guid.NewGuid();
        var parameter = typeof(ArticlePanelComponent).GetMethod(nameof(ArticlePanelComponent.InvokeAsync))!.GetParameters().Single();

        Assert.Equal(id, ArticlePanels.Arguments(id)[parameter.Name!]);
    }

    private abstract class TestPanel : ArticlePanelComponent
    {
        public override Task<IViewComponentResult> InvokeAsync(Guid articleId) =>
            Task.FromResult<IViewComponentResult>(new ContentViewComponentResult(""));
    }

    private sealed class FirstPanel : TestPanel;

    private sealed class SecondPanel : TestPanel;

    private sealed class HiddenPanel : TestPanel;
}
