<?php
/**
 * Runs when an admin deletes the plugin: removes its one setting, on every site of a network.
 * Posts keep their widgets' markup, whose fallback content still reads well without the plugin.
 *
 * @package OpicescrWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $opicescr_widgets_site ) {
		switch_to_blog( $opicescr_widgets_site );
		delete_option( 'opicescr_widgets_status_url' );
		restore_current_blog();
	}
} else {
	delete_option( 'opicescr_widgets_status_url' );
}
