using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace FinalAccounts.Web.Rendering;

/// <summary>
/// Renders a partial view to text outside any request, in a given interface language: how what a
/// publication keeps for the page is rendered by the publication's task (ADR 0022).
/// </summary>
public sealed class PartialViewRenderer(
    IRazorViewEngine engine, ITempDataProvider tempData, IModelMetadataProvider metadata, IServiceProvider services)
{
    public async Task<string> RenderAsync<TModel>(string viewPath, TModel model, CultureInfo culture)
    {
        var found = engine.GetView(executingFilePath: null, viewPath, isMainPage: false);
        if (!found.Success)
        {
            throw new InvalidOperationException($"No view at {viewPath}.");
        }
        var http = new DefaultHttpContext { RequestServices = services };
        var action = new ActionContext(http, new RouteData(), new ActionDescriptor());
        await using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var context = new ViewContext(action, found.View, new ViewDataDictionary<TModel>(metadata, new ModelStateDictionary()) { Model = model },
            new TempDataDictionary(http, tempData), writer, new HtmlHelperOptions());

        var (ui, formatting) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            await found.View.RenderAsync(context);
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = formatting;
        }
        return writer.ToString();
    }
}
