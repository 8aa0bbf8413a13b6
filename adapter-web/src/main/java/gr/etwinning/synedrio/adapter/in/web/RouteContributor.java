package gr.etwinning.synedrio.adapter.in.web;

/**
 * A feature's routes. Each controller implements it; the composition root collects them all (a Guice multibinder)
 * and the server asks each to register its routes, so adding a feature touches no central list.
 */
public interface RouteContributor {

    void contribute(ApiRoutes routes);
}
