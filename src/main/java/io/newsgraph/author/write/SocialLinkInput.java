package io.newsgraph.author.write;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.newsgraph.author.SocialNetwork;
import io.newsgraph.core.validation.Text;
import io.newsgraph.core.validation.WebAddress;

@Input("SocialLinkInput")
@Description("Where to follow an author.")
public record SocialLinkInput(
        @NonNull @NotNull SocialNetwork network,
        @NonNull @NotBlank @WebAddress String url,
        @Text(max = 100) @Description("The author's handle on that network, e.g. `@name`.") String handle) {
}
