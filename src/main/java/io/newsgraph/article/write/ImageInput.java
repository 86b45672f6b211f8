package io.newsgraph.article.write;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.newsgraph.core.validation.Text;
import io.newsgraph.core.validation.WebAddress;

@Input("ImageInput")
@Description("The picture shown at the top of an article.")
public record ImageInput(
        @NonNull @NotBlank @WebAddress String url,
        @NonNull @NotBlank @Text(max = 500) @Description("Describes the picture for readers who cannot see it.") String alt) {
}
