using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace FinalAccounts.Web.Hosting;

/// <summary>
/// Every model-binding and validation message in Chinese. ASP.NET's defaults are English ("The
/// UserName field is required.", "The value '' is invalid."): they reach the page in a form's errors
/// and in the inputs' data-val-* attributes. {0} is the field's display name ([Display(Name = …)]).
/// </summary>
internal static class ChineseValidationMessages
{
    public static IServiceCollection AddChineseValidationMessages(this IServiceCollection services) =>
        services.Configure<MvcOptions>(options =>
        {
            var messages = options.ModelBindingMessageProvider;
            messages.SetMissingBindRequiredValueAccessor(name => $"请填写{name}。");
            messages.SetMissingKeyOrValueAccessor(() => "请填写此项。");
            messages.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容不能为空。");
            // The value here is the empty one posted, so the message cannot name it.
            messages.SetValueMustNotBeNullAccessor(_ => "此项不能为空。");
            messages.SetAttemptedValueIsInvalidAccessor((value, name) => $"“{value}”不是{name}的有效值。");
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”不是有效值。");
            messages.SetUnknownValueIsInvalidAccessor(name => $"{name}的值无效。");
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "值无效。");
            messages.SetValueIsInvalidAccessor(value => $"“{value}”无效。");
            messages.SetValueMustBeANumberAccessor(name => $"{name}必须是数字。");
            messages.SetNonPropertyValueMustBeANumberAccessor(() => "必须填写数字。");
            // Added last, so it sees the [Required] that MVC itself puts on non-nullable reference properties.
            options.ModelMetadataDetailsProviders.Add(new RequiredMessageProvider());
        });

    /// <summary>Gives a [Required] without a message of its own — explicit or implicit — the Chinese one.</summary>
    private sealed class RequiredMessageProvider : IValidationMetadataProvider
    {
        public void CreateValidationMetadata(ValidationMetadataProviderContext context)
        {
            foreach (var required in context.ValidationMetadata.ValidatorMetadata.OfType<RequiredAttribute>())
            {
                if (required.ErrorMessage is null && required.ErrorMessageResourceName is null)
                {
                    required.ErrorMessage = "请填写{0}。";
                }
            }
        }
    }
}
