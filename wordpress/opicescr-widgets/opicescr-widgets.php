<?php
/**
 * Plugin Name:       OP-ICESCR Widgets
 * Plugin URI:        https://www.npmjs.com/package/opicescr-widgets
 * Description:       Blocks and a shortcode that show where the world stands on the Optional Protocol to the ICESCR: a ratification map, the campaign's timeline and whom to contact. The widgets and their data are bundled; nothing is loaded from other sites.
 * Version:           __OPICESCR_VERSION__
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            OP-ICESCR widgets contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       opicescr-widgets
 * Domain Path:       /languages
 *
 * The plugin's PHP is GPL-2.0-or-later. The bundled widgets' script (dist/) is MIT-licensed,
 * which the GPL allows to be combined with it; see licenses/ for every notice.
 *
 * @package OpicescrWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'OPICESCR_WIDGETS_VERSION', '__OPICESCR_VERSION__' );
define( 'OPICESCR_WIDGETS_FILE', __FILE__ );

require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/mount.php';
require_once __DIR__ . '/includes/shortcode.php';
require_once __DIR__ . '/includes/blocks.php';

add_action(
	'init',
	function () {
		load_plugin_textdomain( 'opicescr-widgets', false, dirname( plugin_basename( OPICESCR_WIDGETS_FILE ) ) . '/languages' );
		opicescr_widgets_register_script();
		opicescr_widgets_register_blocks();
		add_shortcode( OPICESCR_WIDGETS_SHORTCODE, 'opicescr_widgets_shortcode' );
	}
);
add_filter( 'render_block', 'opicescr_widgets_render_block', 10, 2 );
add_action( 'enqueue_block_assets', 'opicescr_widgets_enqueue_editor_preview' );
add_action( 'admin_init', 'opicescr_widgets_register_setting' );
add_action( 'admin_menu', 'opicescr_widgets_add_settings_page' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'opicescr_widgets_action_links' );
