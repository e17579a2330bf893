using System.Resources;

[assembly: NeutralResourcesLanguage("zh-CN")]

namespace FinalAccounts.Web;

/// <summary>
/// The interface text of the public pages, in Resources/SharedResource.resx (Chinese, the default)
/// and SharedResource.en.resx (English). The disclosure itself is published text and stays Chinese.
/// </summary>
public sealed class SharedResource;
