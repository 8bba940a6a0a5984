package dev.dossier.spark;

import org.apache.spark.sql.SparkSession;

/** Spark sessions for local mode; on a cluster, spark-submit's own settings win. */
public final class Sessions {
    private Sessions() {}

    /**
     * A session on {@code master} ("local[2]", or a cluster URL). In local mode the driver binds
     * to 127.0.0.1: this machine allows loopback traffic only, and Spark would otherwise pick the
     * first non-loopback interface.
     */
    public static SparkSession start(String master) {
        SparkSession.Builder builder = SparkSession.builder().appName("dossier").master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4");
        if (master.startsWith("local")) {
            builder.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1");
        }
        return builder.getOrCreate();
    }
}
